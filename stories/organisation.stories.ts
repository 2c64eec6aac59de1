import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-organisation/grappe-organisation.js';
import { organisationFeed } from './fixtures.js';

interface OrganisationArgs {
  lang: string;
  theme: 'light' | 'dark';
}

const meta: Meta<OrganisationArgs> = {
  title: 'Elements/grappe-organisation',
  component: 'grappe-organisation',
  args: { lang: 'fr', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${organisationFeed()}>
    <grappe-organisation organisation-id="acme" no-close theme=${args.theme}></grappe-organisation>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<OrganisationArgs>;

export const Card: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
