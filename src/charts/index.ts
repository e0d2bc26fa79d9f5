export {
  CHART_STYLE_VERSION,
  type ChartCache,
  type ChartCacheOptions,
  type ChartKind,
  type ChartRenderer,
  type ChartRequest,
  chartKey,
  chartPathFor,
  createChartCache,
  DEFAULT_CHART_CACHE_MAX_FILES,
  DEFAULT_CHART_DIR,
  DEFAULT_CHART_IN_USE_MS,
  defaultRenderer,
} from './chart-cache.ts';
export { ChartError, type ChartErrorCode } from './chart-error.ts';
export { type PruneReport, pruneChartDir } from './chart-prune.ts';
export { altText, type ImagesOptions, imagesFor } from './images-for.ts';
export { type MapPosition, POSITION_COLOUR, POSITION_LEGEND } from './palette.ts';
export { RECORD_WIDTH, type RecordChart, renderRecordChart } from './record-chart.ts';
export { type RecordRow, recordAlt, recordPosition, recordRows } from './record-rows.ts';
export { renderTallyChart, TALLY_HEIGHT, TALLY_WIDTH, type TallyChart } from './tally-chart.ts';
export {
  MAP_HEIGHT,
  MAP_WIDTH,
  prepareCharts,
  renderVoteMap,
  type VoteMap,
  type VoteMapOptions,
} from './vote-map.ts';
