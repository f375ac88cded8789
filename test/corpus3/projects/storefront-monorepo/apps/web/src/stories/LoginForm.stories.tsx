import type { Meta, StoryObj } from '@storybook/react';
import { LoginForm } from '../components/LoginForm';

const meta: Meta<typeof LoginForm> = {
  title: 'Auth/LoginForm',
  component: LoginForm,
  parameters: { layout: 'centered' },
};
export default meta;

export const Default: StoryObj<typeof LoginForm> = {
  args: {},
};

export const WithPrefilledPassword: StoryObj<typeof LoginForm> = {
  play: async ({ canvasElement }) => {
    const input = canvasElement.querySelector<HTMLInputElement>('input[name=password]');
    if (input) input.value = 'storybook-demo';
  },
};
