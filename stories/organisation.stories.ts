import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-organisation/grappe-organisation.js';
import { sampleFeed } from './fixtures.js';

interface OrganisationArgs {
  lang: string;
  theme: 'light' | 'dark';
}

/** The sample feed's Acmé Mécanique, described in full, a member of two clusters (one former). */
function feed() {
  const base = sampleFeed();
  return sampleFeed({
    organisations: [
      ...(base['organisations'] as Array<{ id: string }>).filter((organisation) => organisation.id !== 'acme'),
      {
        id: 'acme',
        name: 'Acmé Mécanique',
        shortName: 'ACME',
        kind: 'company',
        size: 'sme',
        description: { fr: 'Usinage de précision pour l’aéronautique.', en: 'Precision machining for aerospace.' },
        sector: 'mechanical-engineering',
        location: { type: 'Point', coordinates: [4.4, 45.45] },
        address: { street: '3 rue de la Forge', postcode: '42000', city: 'Saint-Étienne', country: 'FR' },
        website: 'https://acme.example.fr/',
        contact: { email: 'contact@acme.example.fr', phone: '+33 4 77 00 00 00' },
        identifiers: [{ scheme: 'FR-SIRET', value: '73282932000074' }],
        sites: [
          {
            name: 'Atelier de Firminy',
            location: { type: 'Point', coordinates: [4.29, 45.39] },
            address: { city: 'Firminy' },
          },
        ],
      },
    ],
    memberships: [
      { cluster: 'viameca', organisation: 'acme', role: 'member', since: 2010 },
      { cluster: 'eco-energies', organisation: 'acme', role: 'founder', since: 2005, until: 2012 },
      { cluster: 'viameca', organisation: 'cetim', role: 'partner' },
    ],
  });
}

const meta: Meta<OrganisationArgs> = {
  title: 'Elements/grappe-organisation',
  component: 'grappe-organisation',
  args: { lang: 'fr', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${feed()}>
    <grappe-organisation organisation-id="acme" no-close theme=${args.theme}></grappe-organisation>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<OrganisationArgs>;

export const Card: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
