describe('login', () => {
  it('signs in as admin', () => {
    cy.visit('/login');
    cy.get('input[type=email]').type(Cypress.env('adminEmail'));
    cy.get('input[type=password]').type('admin123!');
    cy.contains('button', 'Sign in').click();
    cy.url().should('include', '/dashboard');
  });
});
