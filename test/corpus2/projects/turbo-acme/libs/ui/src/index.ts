export const theme = { primary: '#0b5fff', radius: 6 };
