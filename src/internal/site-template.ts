import type { Cluster } from '../schema/feed-schema.js';
import { sanitiseUrl } from '../text/sanitise-url.js';

/**
 * A site's own content for each cluster, from a `<template>` it places in the element (a "join
 * this cluster" button, a link to its contact form). The template is the site's; the cluster's
 * values are put in as text and attributes, never as markup:
 *
 *   <template data-grappe-item>
 *     <a data-href-template="https://example.org/join?cluster={id}">Join <span data-field="name"></span></a>
 *   </template>
 *
 * - `data-field="name"` or `"id"`: the element's text becomes the cluster's name or id;
 * - `data-href-template`: `{id}` is replaced by the URL-encoded id, and the result goes through
 *   the URL sanitiser like any link;
 * - `data-cluster-id` attributes receive the id.
 */
export function instantiateSiteTemplate(
  template: HTMLTemplateElement | null | undefined,
  cluster: Cluster,
  name: string,
): DocumentFragment | undefined {
  if (!template) return undefined;
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  for (const element of Array.from(fragment.querySelectorAll<HTMLElement>('[data-field]'))) {
    element.textContent = element.dataset['field'] === 'id' ? cluster.id : name;
  }
  for (const element of Array.from(fragment.querySelectorAll<HTMLElement>('[data-cluster-id]'))) {
    element.dataset['clusterId'] = cluster.id;
  }
  for (const element of Array.from(fragment.querySelectorAll<HTMLElement>('[data-href-template]'))) {
    const safe = sanitiseUrl(
      element.dataset['hrefTemplate']!.replace(/\{id\}/g, encodeURIComponent(cluster.id)),
      location.href,
    );
    if (safe) element.setAttribute('href', safe.href);
    else element.removeAttribute('href');
  }
  return fragment;
}
