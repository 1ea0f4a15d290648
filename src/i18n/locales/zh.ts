// Simplified Chinese strings. Chinese has no plural forms and puts the year first
// ("2026年第三季度"); ranges are joined with 至 because ICU's Chinese interval
// patterns turn "2026年2月1日" into "2026/2/1".

import type {TimelineStrings} from '../strings.js';

const NUMERALS = ['一', '二', '三', '四'];

// "2026年" after digits; Intl's era form ("公元前44年") already ends in 年.
function year(y: string): string {
  return /\d$/.test(y) ? `${y}年` : y;
}

export const zh: TimelineStrings = {
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  showList: '以列表显示',
  close: '关闭',
  retry: '重试',
  loading: '加载中…',
  legend: '图例',
  events: '事件',
  timeline: '时间线',
  controls: '时间线控件',
  description: (count, first, last) => (first === last ? `${first}，共${count.text}个事件` : `${first}至${last}，共${count.text}个事件`),
  cluster: (count) => `另外${count.text}个事件`,
  now: '报道日期',
  anchor: '主要事件',
  selected: (title) => `已选择：${title}`,
  source: '来源',
  place: '地点',
  linksHeading: '相关事件',
  download: '下载',
  imageKinds: {story: '完整时间线', social: '社交媒体卡片', newsletter: '电子报', print: '打印 (A4)'},
  showOnTimeline: '在时间线上显示',
  share: '分享',
  copyLink: '复制链接',
  copied: '链接已复制',
  showMore: (count) => `再显示${count.text}条`,
  quoteBy: (speaker) => `${speaker}的引语`,

  errorHeading: '此时间线存在问题',
  errorNoEvents: '没有可显示的事件。',
  errorHttp: (status) => `无法加载数据（HTTP ${status}）。`,
  errorTimeout: '服务器响应超时。',
  errorNotJson: '服务器返回的不是 JSON。',
  errorBadJson: (reason) => `文件不是有效的 JSON：${reason}`,
  errorTooLarge: (limit) => `文件过大（超过 ${limit}）。`,
  errorNetwork: '网络错误，无法加载数据。',
  errorPart: '时间线的一部分未能加载，请检查网络连接。',
  moreIssues: (count) => `另有${count.text}个问题`,
  later: (duration) => `${duration}后`,
  updates: (added, changed, removed) =>
    [added && `${added.text}个新事件`, changed && `${changed.text}个已更改`, removed && `${removed.text}个已删除`]
      .filter(Boolean)
      .join('，') || '没有变化',
  showNew: (count) => `显示${count.text}个新事件`,
  liveFailed: '无法检查更新，稍后重试。',

  status: {
    happened: '已发生',
    planned: '已计划',
    expected: '预计发生',
    cancelled: '已取消',
  },
  linkKind: {
    anniversary: '周年纪念',
    invitation: '邀请',
    deadline: '截止日期',
    follows: '后续',
    precedes: '先导',
    mentions: '提及',
    context: '背景',
  },
  linkKindInverse: {
    anniversary: '周年纪念',
    invitation: '邀请发出于',
    deadline: '期限针对',
    follows: '先导',
    precedes: '后续',
    mentions: '被提及于',
    context: '背景',
  },

  half: (n, y) => `${year(y)}${n === 1 ? '上' : '下'}半年`,
  quarter: (n, y) => `${year(y)}第${NUMERALS[n - 1]}季度`,
  quadrimester: (n, y) => `${year(y)}${4 * n - 3}—${4 * n}月`,
  season: (season, y) => `${year(y)}${{spring: '春季', summer: '夏季', autumn: '秋季', winter: '冬季'}[season]}`,
  decade: (y) => `${y}年代`,
  century: (n) => `${n}世纪`,
  approximate: (text) => `约${text}`,
  uncertain: (text) => `${text}（未确认）`,
  approximateUncertain: (text) => `约${text}（未确认）`,
  openStart: (end) => `截至${end}`,
  openEnd: (start) => `${start}起`,
  unknownStart: (end) => `？至${end}`,
  unknownEnd: (start) => `${start}至？`,
  range: (start, end) => `${start}至${end}`,
  intlRanges: false,

  ordinal: (n) => `第${n}`,
  anniversaryOf: (ord, title) => `“${title}”${ord}周年`,
};
