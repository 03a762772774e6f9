// <clvops-scatter3d width="520" height="420" data="{title, axes: [x, y, z], groups: [{name, points: [[x, y, z]]}]}">
// A rotatable 3-D scatter drawn with plain ECharts (SVG): drag to turn it; points are projected here for the
// current yaw/pitch (orthographic) and sized by depth so nearer points look larger.
import * as echarts from 'echarts';

const AXIS_ENDS = [[1, -1, -1], [-1, 1, -1], [-1, -1, 1]];
const ORIGIN = [-1, -1, -1];
// ECharts' default palette, given to the point series explicitly so the axis lines do not shift the colours.
const PALETTE = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc'];

class ClvopsScatter3d extends HTMLElement {
  static get observedAttributes() {
    return ['data'];
  }

  constructor() {
    super();
    this.yaw = 0.6;
    this.pitch = 0.35;
  }

  connectedCallback() {
    this.addEventListener('pointerdown', (e) => this.startDrag(e));
    this.render();
  }

  attributeChangedCallback() {
    this.render();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.dispose();
      this.chart = undefined;
    }
  }

  render() {
    const data = this.getAttribute('data');
    if (!this.isConnected || !data) {
      return;
    }
    this.model = JSON.parse(data);
    if (!this.chart) {
      this.chart = echarts.init(this, null, {
        renderer: 'svg',
        width: Number(this.getAttribute('width')),
        height: Number(this.getAttribute('height')),
      });
    }
    this.draw();
  }

  startDrag(event) {
    const start = { x: event.clientX, y: event.clientY, yaw: this.yaw, pitch: this.pitch };
    const move = (e) => {
      this.yaw = start.yaw + (e.clientX - start.x) * 0.01;
      this.pitch = Math.max(-1.5, Math.min(1.5, start.pitch + (e.clientY - start.y) * 0.01));
      if (!this.pending) {
        this.pending = requestAnimationFrame(() => {
          this.pending = undefined;
          this.draw();
        });
      }
    };
    const stop = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', stop);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', stop);
    event.preventDefault();
  }

  project(p) {
    const cy = Math.cos(this.yaw), sy = Math.sin(this.yaw), cp = Math.cos(this.pitch), sp = Math.sin(this.pitch);
    const x = p[0] * cy - p[2] * sy;
    const z = p[0] * sy + p[2] * cy;
    return [x, p[1] * cp - z * sp, p[1] * sp + z * cp];
  }

  draw() {
    if (!this.chart || !this.model) {
      return;
    }
    this.dataset.yaw = this.yaw.toFixed(3);
    this.dataset.pitch = this.pitch.toFixed(3);
    const points = this.model.groups.map((group, i) => ({
      type: 'scatter',
      name: group.name,
      data: group.points.map((p) => this.project(p)),
      symbolSize: (value) => 4 + 3 * (1.8 - value[2]) / 3.6,
      itemStyle: { opacity: 0.75, color: PALETTE[i % PALETTE.length] },
    }));
    const origin = this.project(ORIGIN);
    const axes = AXIS_ENDS.map((end, i) => ({
      type: 'line',
      name: this.model.axes[i],
      data: [origin.slice(0, 2), this.project(end).slice(0, 2)],
      symbol: 'none',
      lineStyle: { color: '#555', width: 1 },
      endLabel: { show: true, formatter: this.model.axes[i], color: '#333' },
      tooltip: { show: false },
      legendHoverLink: false,
      silent: true,
    }));
    this.chart.setOption({
      animation: false,
      title: { text: this.model.title, textStyle: { fontSize: 14 } },
      legend: { top: 22, type: 'scroll', data: this.model.groups.map((g) => g.name) },
      tooltip: { trigger: 'item', formatter: '{a}' },
      grid: { left: 20, right: 20, top: 60, bottom: 20 },
      xAxis: { type: 'value', min: -2, max: 2, show: false },
      yAxis: { type: 'value', min: -2, max: 2, show: false },
      series: [...axes, ...points],
    }, true);
  }
}

customElements.define('clvops-scatter3d', ClvopsScatter3d);
