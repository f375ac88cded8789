export default { build: { outDir: 'dist/templates' } };
