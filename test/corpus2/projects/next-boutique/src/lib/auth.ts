export const authSecret = process.env.NEXTAUTH_SECRET ?? 'n3xt-auth-f4llb4ck-5c1e9a77';
export const cookieName = process.env.NODE_ENV === 'production' ? '__Secure-boutique.session' : 'boutique.session';
export const adminEmail = process.env.ADMIN_EMAIL || 'admin@boutique.example';
