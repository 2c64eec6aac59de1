import { css } from 'lit';

export const mapStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--grappe-map-height, 28rem);
    min-height: 12rem;
  }
  .frame {
    position: relative;
    width: 100%;
    height: 100%;
    background: var(--grappe-map-background, #e8eef3);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .map {
    position: absolute;
    inset: 0;
    background: var(--grappe-map-background, #e8eef3);
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
    background: rgb(255 255 255 / 0.85);
    color: #1b1f24;
    font-size: 0.75rem;
    padding: 0 0.3rem;
  }
  path.territory {
    stroke: var(--grappe-map-territory-stroke, #3182bd);
  }
  path.territory:not(.choropleth) {
    fill: var(--grappe-map-territory-fill, #9ecae1);
    fill-opacity: 0.15;
  }
  path.cooperation-link {
    stroke: var(--grappe-map-link-color, #7b3294);
  }
  .cluster-marker {
    background: none;
    border: 0;
    display: grid;
    place-items: center;
    cursor: pointer;
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
  .organisation-group {
    display: grid;
    place-items: center;
    border-radius: 50%;
    background: rgb(75 85 99 / 0.85);
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
`;
