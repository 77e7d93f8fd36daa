// The query editor of /editor: YASGUI against this server's SPARQL endpoint, with the competency
// questions of queries/cq/ (from /editor/examples.json) as ready examples. Nothing is fetched from
// elsewhere: prefixes are completed from /editor/prefixes.json. window.airaceEditor holds YASGUI.
(function () {
  'use strict';
  var endpoint = window.location.origin + '/airace/sparql';
  var yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: endpoint, method: 'POST' },
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    yasqe: { prefixCcApi: window.location.origin + '/editor/prefixes.json' }
  });
  window.airaceEditor = yasgui;
  fetch('/editor/examples.json')
    .then(function (response) { return response.json(); })
    .then(function (examples) {
      var list = document.getElementById('examples');
      examples.forEach(function (example) {
        var item = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = example.name;
        button.title = example.question;
        button.setAttribute('data-example', example.name);
        button.addEventListener('click', function () {
          var tab = yasgui.addTab(true, { name: example.name, requestConfig: { endpoint: endpoint } });
          tab.setQuery(example.query);
          tab.query();
        });
        item.appendChild(button);
        var question = document.createElement('span');
        question.textContent = ' ' + example.question;
        item.appendChild(question);
        list.appendChild(item);
      });
    });
})();
