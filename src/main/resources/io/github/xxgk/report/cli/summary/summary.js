/* The summary page's script: draws the charts described in #summary-data with ECharts, and sorts tables. */
(function () {
  'use strict';
  var PALETTE = ['#3b6ea8', '#e08a2c', '#5aa469', '#c8553d', '#8e6bb8', '#4aa3a2', '#b5a33a', '#7a7a7a'];
  var data = JSON.parse(document.getElementById('summary-data').textContent);

  function base(chart) {
    return {
      animation: false,
      color: PALETTE,
      textStyle: {fontFamily: 'inherit'},
      tooltip: {renderMode: 'richText', trigger: chart.kind === 'pie' || chart.kind === 'heatmap' ? 'item' : 'axis'},
      grid: {containLabel: true, left: 8, right: 16, top: chart.series.length > 1 ? 56 : 16, bottom: 8},
      legend: chart.series.length > 1 || chart.kind === 'pie' ? {top: 0, type: 'scroll'} : {show: false}
    };
  }

  function bar(chart) {
    var option = base(chart);
    var many = chart.categories.length > 8;
    var categories = {type: 'category', data: chart.categories,
      axisLabel: {interval: 0, rotate: chart.horizontal || !many ? 0 : 40, width: 220, overflow: 'truncate'}};
    var values = {type: 'value', minInterval: 1};
    if (chart.horizontal) {
      categories.inverse = true;
    }
    option.xAxis = chart.horizontal ? values : categories;
    option.yAxis = chart.horizontal ? categories : values;
    option.series = chart.series.map(function (s) {
      return {type: 'bar', name: s.name, data: s.values, stack: chart.series.length > 1 ? 'all' : undefined,
        label: {show: chart.series.length === 1, position: chart.horizontal ? 'right' : 'top'}};
    });
    return option;
  }

  function pie(chart) {
    var option = base(chart);
    var values = chart.series[0].values;
    option.series = [{type: 'pie', name: chart.series[0].name, radius: ['35%', '65%'], top: 24,
      label: {formatter: '{b}\n{c} ({d}%)'},
      data: chart.categories.map(function (name, i) { return {name: name, value: values[i]}; })}];
    return option;
  }

  function yearly(chart) {
    var option = base(chart);
    var selected = {};
    chart.series.forEach(function (s) { selected[s.name] = s.shown; });
    option.legend.selected = selected;
    option.xAxis = {type: 'category', data: chart.categories};
    option.yAxis = [{type: 'value'}, {type: 'value', name: '报告 reports', minInterval: 1, splitLine: {show: false},
      axisLabel: {color: PALETTE[0]}, nameTextStyle: {color: PALETTE[0]}}];
    option.series = chart.series.map(function (s) {
      return {type: s.line ? 'line' : 'bar', name: s.name, data: s.values, yAxisIndex: s.rightAxis ? 1 : 0,
        connectNulls: false, barMaxWidth: 28, itemStyle: s.line ? undefined : {opacity: 0.35}};
    });
    return option;
  }

  function heatmap(chart) {
    var option = base(chart);
    var cells = [];
    chart.cells.forEach(function (row, y) {
      row.forEach(function (value, x) {
        if (value !== null) {
          cells.push([x, y, Math.round(value)]);
        }
      });
    });
    option.grid = {containLabel: true, left: 8, right: 8, top: 8, bottom: 56};
    option.xAxis = {type: 'category', data: chart.categories, position: 'top', axisLabel: {interval: 0}};
    option.yAxis = {type: 'category', data: chart.rows, inverse: true,
      axisLabel: {interval: 0, width: 190, overflow: 'truncate'}};
    option.visualMap = {min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
      text: ['100%', '0%'], inRange: {color: ['#f7e1d7', '#f2c14e', '#3b6ea8']}};
    option.series = [{type: 'heatmap', name: '%', data: cells, label: {show: true, fontSize: 10}}];
    return option;
  }

  var BUILDERS = {bar: bar, pie: pie, yearly: yearly, heatmap: heatmap};
  var rendered = 0;
  data.charts.forEach(function (chart) {
    var element = document.getElementById(chart.id);
    if (element && typeof echarts !== 'undefined') {
      echarts.init(element, null, {renderer: 'canvas'}).setOption(BUILDERS[chart.kind](chart));
      rendered++;
    }
  });
  document.body.setAttribute('data-charts-rendered', String(rendered));

  function sortBy(table, column, th) {
    var body = table.tBodies[0];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    var numeric = th.classList.contains('n');
    rows.sort(function (a, b) {
      var x = a.cells[column];
      var y = b.cells[column];
      var order;
      if (numeric) {
        var u = x.hasAttribute('data-value') ? parseFloat(x.getAttribute('data-value')) : -Infinity;
        var v = y.hasAttribute('data-value') ? parseFloat(y.getAttribute('data-value')) : -Infinity;
        order = u === v ? 0 : u < v ? -1 : 1;
      } else {
        order = x.textContent.localeCompare(y.textContent, 'zh');
      }
      return ascending ? order : -order;
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    rows.forEach(function (row) { body.appendChild(row); });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.addEventListener('click', function () { sortBy(table, column, th); });
      th.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          sortBy(table, column, th);
        }
      });
    });
  });
})();
