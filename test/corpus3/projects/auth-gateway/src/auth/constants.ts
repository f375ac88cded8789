export const jwtConstants = {
  secret: 'DO NOT USE THIS VALUE. INSTEAD, CREATE A COMPLEX SECRET AND KEEP IT SAFE OUTSIDE OF THE SOURCE CODE.',
};

export const ACCESS_TOKEN_TTL = '15m';
export const REFRESH_TOKEN_TTL_DAYS = 30;
export const AUTH_COOKIE = 'ag_refresh';
export const BEARER_PREFIX = 'Bearer ';
export const TOKEN_TYPE = 'Bearer';
