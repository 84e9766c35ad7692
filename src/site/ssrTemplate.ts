/**
 * The page template of the production build: Docusaurus's own
 * (@docusaurus/core/lib/ssg/ssgTemplate.html.js), except for how the
 * page's JavaScript is loaded.
 *
 * Docusaurus writes `<script defer>` tags in <head>, so a phone downloads,
 * runs and hydrates the bundle while it is still working out the first
 * paint of a page whose every word is already in the HTML. Here a small
 * inline script starts the same bundles, in the same order, once the
 * browser reports the first contentful paint: reading can begin before the
 * browser takes JavaScript on (Lighthouse mobile, median of five, on the
 * lab page, two side-by-side runs: LCP 1.6 and 2.2 s with the theme's
 * tags, 1.5 s with this).
 * - A browser without paint timing starts them two animation frames on
 *   (the first runs before its frame paints).
 * - A tab opened in the background paints nothing until it is shown, so
 *   there they start at once.
 *
 * The list holds the page's own chunks too (src/plugins/pageScripts), and
 * they run first, then main.js, then the webpack runtime. Scripts inserted
 * this way run one by one, in order, each in a task of its own. A chunk that
 * runs before the runtime only files its modules away; the runtime, last,
 * finds every module the page needs already there, so the bundle's start
 * (every module evaluated, hydration scheduled) asks for nothing more and
 * runs in the runtime's task, apart from the compiling and filing of main.js.
 * Lighthouse mobile, five interleaved runs, median Total Blocking Time:
 * /lab-stop-ec2 617 → 255 ms, /api-gateway 566 → 235 ms (scripts/BENCHMARKS.md).
 *
 * e2e/pages.spec.ts checks on every page that its scripts are requested
 * after the first contentful paint, main.js and the runtime last, that the
 * chunk loader adds none, and that the page hydrates.
 */
export const ssrTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>
      (function (sources) {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          // One script per task: starting a request costs the main thread about a millisecond
          // on a phone, and a lesson starts a dozen. A message, unlike a timer, is not clamped.
          var channel = new MessageChannel();
          var next = 0;
          channel.port1.onmessage = function () {
            var script = document.createElement('script');
            script.src = sources[next++];
            script.async = false;
            document.head.appendChild(script);
            if (next < sources.length) channel.port2.postMessage(null);
          };
          channel.port2.postMessage(null);
        }
        var observable = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
        if (document.hidden) start();
        else if (observable && observable.indexOf('paint') >= 0) {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length === 0) return;
            observer.disconnect();
            start();
          }).observe({type: 'paint', buffered: true});
        } else requestAnimationFrame(function () { requestAnimationFrame(start); });
        // In case a paint is never reported: the page hydrates all the same.
        setTimeout(start, 5000);
        document.addEventListener('visibilitychange', start);
      })(<%~ JSON.stringify(
        [
          ...it.scripts.filter((script) => !/(^|\\/)(runtime~)?main\\.[^/]*\\.js$/.test(script)),
          ...it.scripts.filter((script) => /(^|\\/)main\\.[^/]*\\.js$/.test(script)),
          ...it.scripts.filter((script) => /(^|\\/)runtime~main\\.[^/]*\\.js$/.test(script)),
        ].map((script) => it.baseUrl + script),
      ) %>);
    </script>
  </body>
</html>
`;
