// The graph view of /graph: draws /graph.json with Cytoscape.js, filters it by kind and article,
// and opens a node's page on click. window.airaceGraph holds the Cytoscape instance once drawn.
(function () {
  'use strict';
  var colours = { actor: '#2f6f9f', strategy: '#c9822b', rivalry: '#8a3b5c', analogy: '#3c8a5a' };
  fetch('/graph.json')
    .then(function (response) { return response.json(); })
    .then(function (network) {
      var elements = [];
      network.nodes.forEach(function (n) { elements.push({ group: 'nodes', data: n }); });
      network.edges.forEach(function (e, i) {
        elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target,
          label: e.label, article: e.article } });
      });
      var select = document.getElementById('article');
      network.articles.forEach(function (a) {
        var option = document.createElement('option');
        option.value = a;
        option.textContent = a;
        select.appendChild(option);
      });
      var cy = cytoscape({
        container: document.getElementById('graph'),
        elements: elements,
        style: [
          { selector: 'node', style: { 'label': 'data(label)', 'font-size': 10,
            'background-color': function (n) { return colours[n.data('kind')] || '#666'; } } },
          { selector: 'edge', style: { 'width': 1, 'line-color': '#bbb', 'curve-style': 'bezier',
            'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb' } }
        ],
        layout: { name: 'cose', animate: false }
      });
      cy.on('tap', 'node', function (event) { window.location.href = event.target.data('href'); });
      function filter() {
        var kinds = {};
        document.querySelectorAll('#filters input[data-kind]').forEach(function (box) {
          kinds[box.getAttribute('data-kind')] = box.checked;
        });
        var article = select.value;
        cy.batch(function () {
          cy.edges().forEach(function (e) {
            var shown = (!article || e.data('article') === article)
              && kinds[e.source().data('kind')] && kinds[e.target().data('kind')];
            e.style('display', shown ? 'element' : 'none');
          });
          cy.nodes().forEach(function (n) {
            var shown = kinds[n.data('kind')]
              && n.connectedEdges().some(function (e) { return e.style('display') !== 'none'; });
            n.style('display', shown ? 'element' : 'none');
          });
        });
      }
      document.getElementById('filters').addEventListener('change', filter);
      filter();
      window.airaceGraph = cy;
    });
})();
