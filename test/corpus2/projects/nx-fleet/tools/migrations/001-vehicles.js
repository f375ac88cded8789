module.exports = {
  async up({ context: queryInterface }) {
    await queryInterface.createTable('vehicles', { id: { type: 'VARCHAR(36)', primaryKey: true } });
  },
  async down({ context: queryInterface }) {
    await queryInterface.dropTable('vehicles');
  },
};
