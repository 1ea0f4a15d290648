// Arabic strings (right to left). Counted nouns follow Arabic number agreement through
// Intl's plural categories: one and two have their own forms, 3–10 take the plural,
// 11–99 the accusative singular.

import type {TimelineStrings} from '../strings.js';

type Forms = Record<'one' | 'two' | 'few' | 'many' | 'other', (n: string) => string>;

function counted(count: {text: string; plural: Intl.LDMLPluralRule}, forms: Forms): string {
  const form = count.plural === 'zero' ? forms.other : forms[count.plural];
  return form(count.text);
}

const EVENTS: Forms = {
  one: () => 'حدث واحد',
  two: () => 'حدثان',
  few: (n) => `${n} أحداث`,
  many: (n) => `${n} حدثًا`,
  other: (n) => `${n} حدث`,
};
const MORE_EVENTS: Forms = {
  one: () => 'حدث آخر',
  two: () => 'حدثان آخران',
  few: (n) => `${n} أحداث أخرى`,
  many: (n) => `${n} حدثًا آخر`,
  other: (n) => `${n} حدث آخر`,
};
const NEW_EVENTS: Forms = {
  one: () => 'حدث جديد واحد',
  two: () => 'حدثان جديدان',
  few: (n) => `${n} أحداث جديدة`,
  many: (n) => `${n} حدثًا جديدًا`,
  other: (n) => `${n} حدث جديد`,
};
const MORE_ISSUES: Forms = {
  one: () => 'ومشكلة أخرى',
  two: () => 'ومشكلتان أخريان',
  few: (n) => `و${n} مشكلات أخرى`,
  many: (n) => `و${n} مشكلة أخرى`,
  other: (n) => `و${n} مشكلة أخرى`,
};

const ORDER = ['الأول', 'الثاني', 'الثالث', 'الرابع'];

export const ar: TimelineStrings = {
  zoomIn: 'تكبير',
  zoomOut: 'تصغير',
  fit: 'عرض الكل',
  showList: 'عرض كقائمة',
  close: 'إغلاق',
  retry: 'إعادة المحاولة',
  loading: 'جارٍ التحميل…',
  legend: 'مفتاح الرموز',
  events: 'الأحداث',
  timeline: 'خط زمني',
  controls: 'عناصر التحكم في الخط الزمني',
  description: (count, first, last) =>
    first === last ? `${counted(count, EVENTS)}، ${first}` : `${counted(count, EVENTS)} من ${first} إلى ${last}`,
  cluster: (count) => counted(count, MORE_EVENTS),
  now: 'تاريخ الخبر',
  anchor: 'الحدث الرئيسي',
  selected: (title) => `تم تحديد: ${title}`,
  source: 'المصدر',
  place: 'المكان',
  linksHeading: 'أحداث ذات صلة',
  download: 'تنزيل',
  imageKinds: {story: 'القصة كاملة', social: 'بطاقة للشبكات الاجتماعية', newsletter: 'النشرة البريدية', print: 'للطباعة (A4)'},
  showOnTimeline: 'عرض على الخط الزمني',
  share: 'مشاركة',
  copyLink: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  showMore: (count) => `عرض ${count.text} أخرى`,
  quoteBy: (speaker) => `اقتباس من ${speaker}`,

  errorHeading: 'في هذا الخط الزمني مشكلات',
  errorNoEvents: 'لا توجد أحداث لعرضها.',
  errorHttp: (status) => `تعذّر تحميل البيانات (HTTP ${status}).`,
  errorTimeout: 'لم يستجب الخادم في الوقت المحدد.',
  errorNotJson: 'استجابة الخادم ليست بتنسيق JSON.',
  errorBadJson: (reason) => `الملف ليس بتنسيق JSON صالح: ${reason}`,
  errorTooLarge: (limit) => `الملف كبير جدًا (أكثر من ${limit}).`,
  errorNetwork: 'خطأ في الشبكة: تعذّر تحميل البيانات.',
  errorPart: 'تعذّر تحميل جزء من الخط الزمني. تحقّق من الاتصال.',
  moreIssues: (count) => counted(count, MORE_ISSUES),
  later: (duration) => `بعد ${duration}`,
  updates: (added, changed, removed) =>
    [added && counted(added, NEW_EVENTS), changed && `تغيّر ${changed.text}`, removed && `حُذف ${removed.text}`].filter(Boolean).join('، ') ||
    'لا تغييرات',
  showNew: (count) => `عرض الجديد (${count.text})`,
  liveFailed: 'تعذّر التحقق من التحديثات؛ ستُعاد المحاولة لاحقًا.',

  status: {
    happened: 'وقع',
    planned: 'مخطط له',
    expected: 'متوقع',
    cancelled: 'أُلغي',
  },
  linkKind: {
    anniversary: 'ذكرى سنوية',
    invitation: 'دعوة',
    deadline: 'موعد نهائي',
    follows: 'يلي',
    precedes: 'يسبق',
    mentions: 'يذكر',
    context: 'سياق',
  },
  linkKindInverse: {
    anniversary: 'ذكرى سنوية لـ',
    invitation: 'وُجّهت الدعوة في',
    deadline: 'موعد نهائي لـ',
    follows: 'يسبق',
    precedes: 'يلي',
    mentions: 'ورد ذكره في',
    context: 'سياق',
  },

  half: (n, y) => `النصف ${ORDER[n - 1]} من ${y}`,
  quarter: (n, y) => `الربع ${ORDER[n - 1]} من ${y}`,
  quadrimester: (n, y) => `${['يناير', 'مايو', 'سبتمبر'][n - 1]}–${['أبريل', 'أغسطس', 'ديسمبر'][n - 1]} ${y}`,
  season: (season, y) => `${{spring: 'ربيع', summer: 'صيف', autumn: 'خريف', winter: 'شتاء'}[season]} ${y}`,
  decade: (y) => `عقد ${y}`,
  century: (n) => `القرن الـ${n}`,
  approximate: (text) => `حوالي ${text}`,
  uncertain: (text) => `${text} (غير مؤكد)`,
  approximateUncertain: (text) => `حوالي ${text} (غير مؤكد)`,
  openStart: (end) => `حتى ${end}`,
  openEnd: (start) => `من ${start} فصاعدًا`,
  unknownStart: (end) => `؟ – ${end}`,
  unknownEnd: (start) => `${start} – ؟`,
  range: (start, end) => `${start} – ${end}`,
  intlRanges: true,

  ordinal: (n) => `الـ${n}`,
  anniversaryOf: (ord, title) => `الذكرى ${ord}: ${title}`,
};
