import { css } from 'lit';
import { mapPaletteStyles } from '../../src/styles/map-palette.js';

/** The map's palette in each theme, then its own rules. */
export const mapStyles = [
  mapPaletteStyles,
  css`
  :host {
    display: block;
    position: relative;
    height: var(--grappe-map-height, 28rem);
    min-height: 12rem;
    /* The built-in base map's colours: sea and land apart at a glance, in either theme (the
       palette, src/styles/map-palette.ts, is the map's own theme's or a themed ancestor's). */
    --_map-sea: var(--grappe-map-sea, var(--_theme-map-sea, #a8c8e0));
    --_map-land: var(--grappe-map-land, var(--_theme-map-land, #f4f1e8));
    --_map-border: var(--grappe-map-border, var(--_theme-map-border, #8f8a80));
    --_map-coast: var(--_theme-map-coast, #6f90a8);
    --_map-region: var(--_theme-map-region, #a39c8f);
    --_map-group: var(--_theme-map-group, #4b5563);
    --_map-link: var(--_theme-map-link, #7b3294);
    --_map-candidate: var(--_theme-map-candidate, #b35806);
  }
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    background: var(--_map-sea);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--_map-sea);
    font: inherit;
  }
  .map:focus-visible {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  .controls {
    position: absolute;
    top: var(--_space);
    right: var(--_space);
    z-index: 1000;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .controls button {
    width: 2.5rem;
    height: 2.5rem;
    padding: 0;
    display: grid;
    place-items: center;
    box-shadow: var(--_shadow);
  }
  .hint {
    position: absolute;
    inset: auto 0 40% 0;
    margin: auto;
    width: fit-content;
    max-width: 90%;
    z-index: 1001;
    background: rgb(0 0 0 / 0.75);
    color: #fff;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    pointer-events: none;
  }
  .overlay {
    position: absolute;
    inset: 0;
    z-index: 1002;
    display: grid;
    place-items: center;
    background: rgb(255 255 255 / 0.8);
    color: var(--_text);
    padding: 1rem;
  }
  .attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1000;
    background: var(--_surface);
    color: var(--_text);
    opacity: 0.92;
    font-size: 0.75rem;
    padding: 0 0.3rem;
    border-top-left-radius: var(--_radius);
  }
  .tiles-status:empty {
    display: none;
  }
  .tiles-status {
    position: absolute;
    left: var(--_space);
    bottom: 1.75rem;
    z-index: 1000;
    max-width: 70%;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.5rem;
    font-size: 0.85rem;
  }
  path.territory {
    stroke: var(--grappe-map-territory-stroke, #3182bd);
  }
  path.territory:not(.choropleth) {
    fill: var(--grappe-map-territory-fill, #9ecae1);
    fill-opacity: 0.15;
  }
  path.cooperation-link {
    stroke: var(--grappe-map-link-color, var(--_map-link));
    cursor: pointer;
  }
  path.cooperation-link:hover,
  path.cooperation-link:focus-visible {
    stroke-width: 5;
    outline: none;
  }
  path.candidate-link {
    stroke: var(--grappe-map-candidate-color, var(--_map-candidate));
    stroke-width: 3.5;
    stroke-linecap: round;
    cursor: pointer;
  }
  path.candidate-link:hover,
  path.candidate-link:focus-visible {
    stroke-width: 6;
    outline: none;
  }
  path.reference-point {
    stroke: var(--_text, #1b1f24);
    fill: var(--grappe-map-candidate-color, var(--_map-candidate));
    fill-opacity: 0.6;
  }
  .map.choosing-point {
    cursor: crosshair;
  }
  .event-mark {
    background: none;
    border: 0;
    cursor: pointer;
  }
  /* A calendar page: a square with a thick top bar, unlike the round cluster marks. */
  .event-glyph {
    display: block;
    width: 18px;
    height: 18px;
    margin: 2px;
    border: 2px solid var(--grappe-map-event-color, #7a3e00);
    border-top-width: 6px;
    border-radius: 3px;
    background: #ffffff;
  }
  .event-mark:focus-visible {
    outline: var(--_focus);
  }
  .cluster-marker {
    background: none;
    border: 0;
    display: grid;
    place-items: center;
    cursor: pointer;
  }
  .cluster-marker .label {
    position: absolute;
    top: 50%;
    transform: translateY(-50%);
    white-space: nowrap;
    font: 600 12px system-ui, sans-serif;
    line-height: 18px;
    padding: 0 4px;
    border-radius: 3px;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0 0 1px var(--_border);
    pointer-events: none;
  }
  .cluster-marker .label.right {
    left: 32px;
  }
  .cluster-marker .label.left {
    right: 32px;
  }
  .cluster-marker.approximate .dot {
    border-style: dashed;
    border-color: #1b1f24;
    box-shadow: 0 0 0 2px #ffffff;
    border-radius: 30%;
  }
  .cluster-marker .dot {
    display: block;
    width: var(--grappe-map-marker-size, 24px);
    height: var(--grappe-map-marker-size, 24px);
    border-radius: 50%;
    background: var(--marker-color, #0072b2);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px #1b1f24, var(--_shadow);
  }
  .cluster-marker.selected .dot {
    border-color: #1b1f24;
    box-shadow: 0 0 0 3px #ffd400, var(--_shadow);
    transform: scale(1.25);
  }
  .cluster-marker:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
    border-radius: 50%;
  }
  /* Organisations' groups are rounded squares; clusters and their groups are round. */
  .organisation-group {
    display: grid;
    place-items: center;
    border-radius: 8px;
    background: var(--_map-group);
    color: #ffffff;
    border: 2px solid #ffffff;
    font-weight: 600;
    font-size: 0.8rem;
    cursor: pointer;
  }
  .seat-group {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    border: 3px solid #ffffff;
    box-shadow: 0 0 0 1px #1b1f24;
    font-weight: 700;
    font-size: 0.8rem;
    cursor: pointer;
  }
  .seat-group:focus-visible,
  .organisation-group:focus-visible {
    outline: var(--_focus);
  }
  @media (forced-colors: active) {
    .cluster-marker .dot {
      forced-color-adjust: none;
      border-color: CanvasText;
    }
  }
`,
];
