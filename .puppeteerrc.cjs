// Browsers come from Debian (see scripts/ensure-browser.mjs); never let puppeteer download one.
module.exports = { skipDownload: true };
