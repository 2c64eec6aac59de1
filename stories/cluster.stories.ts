import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-data/grappe-data.js';
import '../components/grappe-cluster/grappe-cluster.js';
import '../components/grappe-members/grappe-members.js';
import { sampleFeed } from './fixtures.js';

interface ClusterArgs {
  lang: string;
  clusterId: string;
  theme: 'light' | 'dark';
}

const meta: Meta<ClusterArgs> = {
  title: 'Elements/grappe-cluster',
  component: 'grappe-cluster',
  args: { lang: 'fr', clusterId: 'eco-energies', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    clusterId: { control: 'select', options: ['eco-energies', 'viameca', 'neopolia'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-data lang=${args.lang} .data=${sampleFeed()}>
    <grappe-cluster cluster-id=${args.clusterId} theme=${args.theme}></grappe-cluster>
    <grappe-members cluster-id=${args.clusterId} theme=${args.theme}></grappe-members>
  </grappe-data>`,
};
export default meta;
type Story = StoryObj<ClusterArgs>;

export const WithIndicators: Story = {};
export const WithMembersAndCooperations: Story = { args: { clusterId: 'viameca' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };

/** Feed 1.1: who may join, projects with partners and funding, events, possible partners with their reasons. */
const activityFeed = () =>
  sampleFeed({
    version: '1.1',
    clusters: [
      {
        id: 'activity',
        name: 'Cluster de démonstration',
        sector: 'mechanical-engineering',
        markets: ['aeronautics', 'automotive'],
        technologies: ['machining'],
        targetZones: ['fr-52'],
        membership: {
          open: true,
          who: { fr: 'Entreprises de la mécanique', en: 'Mechanical engineering companies' },
          howTo: 'https://example.org/adherer',
        },
        projects: [
          {
            id: 'p1',
            name: { fr: 'Projet de démonstration', en: 'Demonstration project' },
            partners: ['viameca', 'acme'],
            start: 2024,
            end: 2026,
            funding: [{ funder: 'Région', amount: 120000, currency: 'EUR' }],
          },
        ],
        events: [
          { id: 'e1', name: { fr: 'Rencontres', en: 'Meet-up' }, start: '2099-03-14' },
          { id: 'e0', name: { fr: 'Assemblée générale', en: 'General assembly' }, start: '2020-06-02' },
        ],
      },
      { id: 'viameca', name: 'ViaMeca', markets: ['aeronautics'], technologies: ['composites'] },
      { id: 'neopolia', name: 'Neopolia', territories: ['fr-52'], sector: 'mechanical-engineering' },
    ],
    organisations: [{ id: 'acme', name: 'Acme' }],
    memberships: [],
    cooperations: [],
    networks: [],
  });

export const Activity: Story = {
  render: (args) => html`<grappe-data lang=${args.lang} .data=${activityFeed()}>
    <grappe-cluster cluster-id="activity" theme=${args.theme}></grappe-cluster>
  </grappe-data>`,
};
export const ActivityDark: Story = { ...Activity, args: { theme: 'dark', lang: 'en' } };
