/**
 * The publishing page's embed: `<grappe-publisher>` with the explorer it previews the feed in,
 * for a `<script>` tag (examples/publish.html). Kept apart from the visitors' embed, which never
 * imports a spreadsheet.
 */
import '../components/grappe-publisher/grappe-publisher.js';
