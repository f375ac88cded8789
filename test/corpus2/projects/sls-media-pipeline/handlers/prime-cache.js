console.log('primed');
