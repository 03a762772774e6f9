// <clvops-echart width="600" height="320" option="{...json...}">: an Apache ECharts chart drawn as SVG.
import * as echarts from 'echarts';

class ClvopsEchart extends HTMLElement {
  static get observedAttributes() {
    return ['option'];
  }

  connectedCallback() {
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
    const option = this.getAttribute('option');
    if (!this.isConnected || !option) {
      return;
    }
    if (!this.chart) {
      this.chart = echarts.init(this, null, {
        renderer: 'svg',
        width: Number(this.getAttribute('width')),
        height: Number(this.getAttribute('height')),
      });
    }
    this.chart.setOption(JSON.parse(option), true);
  }
}

customElements.define('clvops-echart', ClvopsEchart);
