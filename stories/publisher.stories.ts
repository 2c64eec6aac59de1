import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components';
import '../components/grappe-publisher/grappe-publisher.js';
import type { GrappePublisher } from '../components/grappe-publisher/publisher.component.js';

interface PublisherArgs {
  lang: string;
  theme: 'light' | 'dark';
}

/** Tables as a chamber types them: French headings and labels, a French date, a lost zero, a repeat. */
const TABLES: Record<string, string> = {
  'clusters.csv':
    'Identifiant;Nom;Type;Filière;Rayonnement;Code postal;Ville;Longitude;Latitude;Création\r\n' +
    'viameca;ViaMéca;Pôle de compétitivité;Mécanique;National;42000;Saint-Étienne;4,3872;45,4397;12/07/2005\r\n' +
    'plastipolis;Plastipolis;pole de competitivite;Plasturgie;Mondial;1100;Oyonnax;5,6553;46,2567;2005\r\n' +
    'mecaloire;Méca Loire;Grappe d’entreprises;Mécanique;Régionall;;Saint-Chamond;4,5022;45,4753;2009\r\n',
  'organisations.csv':
    'Identifiant;Raison sociale;Catégorie;Taille;Commune\r\ncetim;CETIM;Centre technique;ETI;Senlis\r\n',
  'adhesions.csv':
    "Cluster;Organisation;Rôle;Depuis;Jusqu'à\r\nviameca;cetim;Fondateur;2005;\r\nviameca;cetim;Fondateur;2005;\r\n",
};

const meta: Meta<PublisherArgs> = {
  title: 'Elements/grappe-publisher',
  component: 'grappe-publisher',
  args: { lang: 'fr', theme: 'light' },
  argTypes: {
    lang: { control: 'select', options: ['fr', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (args) => html`<grappe-publisher lang=${args.lang} theme=${args.theme}></grappe-publisher>`,
};
export default meta;
type Story = StoryObj<PublisherArgs>;

/** The empty page: what it does, what stays in the browser, where to drop the tables. */
export const Empty: Story = {};

/** A chamber's three tables read: what was read, the problems by file and line, the preview, the downloads. */
export const WithTables: Story = {
  play: async ({ canvasElement }) => {
    const publisher = canvasElement.querySelector('grappe-publisher') as GrappePublisher;
    await publisher.addFiles(
      Object.entries(TABLES).map(([name, text]) => new File([text], name, { type: 'text/csv' })),
    );
  },
};

export const English: Story = { args: { lang: 'en' }, play: WithTables.play! };
export const Dark: Story = { args: { theme: 'dark' }, play: WithTables.play! };
