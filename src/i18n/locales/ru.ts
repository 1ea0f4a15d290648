// Russian strings. Nouns after numbers agree through the plural category Intl gives
// (1 событие, 2 события, 5 событий); dates arrive in the nominative, so phrases around
// them avoid prepositions that would need another case ("до июня") and use dashes instead.

import type {TimelineStrings} from '../strings.js';

type Forms = Record<'one' | 'few' | 'many', string>;

// "other" is the category of fractions, which take the genitive singular like "few".
function noun(plural: Intl.LDMLPluralRule, forms: Forms): string {
  return plural === 'one' ? forms.one : plural === 'many' ? forms.many : forms.few;
}

const EVENT: Forms = {one: 'событие', few: 'события', many: 'событий'};
const ISSUE: Forms = {one: 'проблема', few: 'проблемы', many: 'проблем'};
const NEW_EVENT: Forms = {one: 'новое событие', few: 'новых события', many: 'новых событий'};

// Russian writes centuries and quarters with Roman numerals: XX век, III квартал.
function roman(n: number): string {
  const digits: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of digits) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

// "2026 г." after digits; an era form from Intl ("44 г. до н. э.") already has its word.
function year(y: string): string {
  return /\d$/.test(y) ? `${y} г.` : y;
}

export const ru: TimelineStrings = {
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fit: 'Показать всё',
  showList: 'Показать списком',
  close: 'Закрыть',
  retry: 'Повторить',
  loading: 'Загрузка…',
  legend: 'Условные обозначения',
  events: 'События',
  timeline: 'Хронология',
  controls: 'Управление хронологией',
  description: (count, first, last) => {
    const events = `${count.text} ${noun(count.plural, EVENT)}`;
    return first === last ? `${events}, ${first}` : `${events}: ${first} – ${last}`;
  },
  cluster: (count) => `ещё ${count.text} ${noun(count.plural, EVENT)}`,
  now: 'Дата материала',
  anchor: 'Главное событие',
  selected: (title) => `Выбрано: ${title}`,
  source: 'Источник',
  place: 'Место',
  linksHeading: 'Связанные события',
  download: 'Скачать',
  imageKinds: {story: 'Вся история', social: 'Карточка для соцсетей', newsletter: 'Для рассылки', print: 'Для печати (A4)'},
  showOnTimeline: 'Показать на хронике',
  share: 'Поделиться',
  copyLink: 'Скопировать ссылку',
  copied: 'Ссылка скопирована',
  showMore: (count) => `Показать ещё ${count.text}`,
  quoteBy: (speaker) => `Цитата: ${speaker}`,

  errorHeading: 'В этой хронологии есть ошибки',
  errorNoEvents: 'Нет событий для показа.',
  errorHttp: (status) => `Не удалось загрузить данные (HTTP ${status}).`,
  errorTimeout: 'Сервер не ответил вовремя.',
  errorNotJson: 'Сервер прислал не JSON.',
  errorBadJson: (reason) => `В файле ошибка JSON: ${reason}`,
  errorTooLarge: (limit) => `Файл слишком большой (больше ${limit}).`,
  errorNetwork: 'Ошибка сети: данные не загрузились.',
  errorPart: 'Часть временной шкалы не загрузилась. Проверьте подключение.',
  moreIssues: (count) => `и ещё ${count.text} ${noun(count.plural, ISSUE)}`,
  later: (duration) => `${duration} спустя`,
  updates: (added, changed, removed) =>
    [
      added && `${added.text} ${noun(added.plural, NEW_EVENT)}`,
      changed && `изменено: ${changed.text}`,
      removed && `удалено: ${removed.text}`,
    ]
      .filter(Boolean)
      .join(', ') || 'Без изменений',
  showNew: (count) => `Показать новые: ${count.text}`,
  liveFailed: 'Не удалось проверить обновления; попробуем позже.',

  status: {
    happened: 'Состоялось',
    planned: 'Запланировано',
    expected: 'Ожидается',
    cancelled: 'Отменено',
  },
  linkKind: {
    anniversary: 'Годовщина',
    invitation: 'Приглашение',
    deadline: 'Крайний срок',
    follows: 'Следует за',
    precedes: 'Предшествует',
    mentions: 'Упоминает',
    context: 'Контекст',
  },
  linkKindInverse: {
    anniversary: 'Годовщина',
    invitation: 'Приглашение сделано в',
    deadline: 'Крайний срок для',
    follows: 'Предшествует',
    precedes: 'Следует за',
    mentions: 'Упоминается в',
    context: 'Контекст',
  },

  half: (n, y) => `${n === 1 ? 'первое' : 'второе'} полугодие ${year(y)}`,
  quarter: (n, y) => `${roman(n)} квартал ${year(y)}`,
  quadrimester: (n, y) => `${['январь', 'май', 'сентябрь'][n - 1]}–${['апрель', 'август', 'декабрь'][n - 1]} ${year(y)}`,
  season: (season, y) => `${{spring: 'весна', summer: 'лето', autumn: 'осень', winter: 'зима'}[season]} ${year(y)}`,
  decade: (y) => `${y}-е`,
  century: (n) => `${roman(n)} век`,
  approximate: (text) => `${text} (приблизительно)`,
  uncertain: (text) => `${text} (не подтверждено)`,
  approximateUncertain: (text) => `${text} (приблизительно, не подтверждено)`,
  openStart: (end) => `… – ${end}`,
  openEnd: (start) => `${start} и далее`,
  unknownStart: (end) => `? – ${end}`,
  unknownEnd: (start) => `${start} – ?`,
  range: (start, end) => `${start} – ${end}`,
  intlRanges: true,

  // Feminine, to agree with "годовщина": 25-я годовщина.
  ordinal: (n) => `${n}-я`,
  anniversaryOf: (ord, title) => `${ord} годовщина: ${title}`,
};
