import nodemailer from 'nodemailer';
import sgMail from '@sendgrid/mail';
import type { Job } from 'bullmq';

sgMail.setApiKey('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');

const transport = nodemailer.createTransport({
  host: 'smtp.mailgun.org',
  port: 587,
  auth: {
    user: 'postmaster@mg.notifications.example.com',
    pass: 'c8d1f0a9e4b27d63f5a2c9e1',
  },
});

export interface EmailJob {
  to: string;
  subject: string;
  html: string;
  provider?: 'smtp' | 'sendgrid';
}

export async function sendEmail(job: Job<EmailJob>) {
  const { to, subject, html, provider = 'sendgrid' } = job.data;
  if (provider === 'smtp') {
    await transport.sendMail({ from: 'no-reply@example.com', to, subject, html });
  } else {
    await sgMail.send({ from: 'no-reply@example.com', to, subject, html });
  }
}
