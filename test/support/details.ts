import { html } from 'lit';
import '../../components/grappe-data/grappe-data.js';
import '../../components/grappe-cluster/grappe-cluster.js';
import '../../components/grappe-members/grappe-members.js';
import type { GrappeData } from '../../components/grappe-data/data.component.js';
import { fixture, sampleFeed, settle, waitFor } from './helpers.js';

/** A `<grappe-data>` with a cluster's details and members, that cluster selected. */
export async function mountDetails(lang: string, clusterId: string, feed: unknown = sampleFeed()) {
  const data = await fixture<GrappeData>(
    html`<grappe-data lang=${lang} .data=${feed}><grappe-cluster></grappe-cluster><grappe-members></grappe-members></grappe-data>`,
  );
  await waitFor(() => data.snapshot.status === 'ready');
  data.select(clusterId);
  await settle(data);
  return { data, cluster: data.querySelector('grappe-cluster')!, members: data.querySelector('grappe-members')! };
}
