import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'invoices' })
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ type: 'integer' })
  amountCents!: number;

  @Column({ type: 'varchar', name: 'customer_token_ref', nullable: true })
  customerTokenRef!: string | null;
}
