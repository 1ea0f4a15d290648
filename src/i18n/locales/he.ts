// Hebrew strings (right to left). Hebrew counts "one" apart (אירוע אחד, after the noun)
// and uses the plural for every other number.

import type {TimelineStrings} from '../strings.js';

const ORDER = ['הראשון', 'השני', 'השלישי', 'הרביעי'];
const ORDER_F = ['הראשונה', 'השנייה'];

export const he: TimelineStrings = {
  zoomIn: 'הגדלה',
  zoomOut: 'הקטנה',
  fit: 'הצגת הכול',
  showList: 'הצגה כרשימה',
  close: 'סגירה',
  retry: 'ניסיון חוזר',
  loading: 'בטעינה…',
  legend: 'מקרא',
  events: 'אירועים',
  timeline: 'ציר זמן',
  controls: 'פקדי ציר הזמן',
  description: (count, first, last) => {
    const events = count.plural === 'one' ? 'אירוע אחד' : `${count.text} אירועים`;
    return first === last ? `${events}, ${first}` : `${events}, ${first} – ${last}`;
  },
  cluster: (count) => (count.plural === 'one' ? 'עוד אירוע אחד' : `עוד ${count.text} אירועים`),
  now: 'תאריך הכתבה',
  anchor: 'האירוע המרכזי',
  selected: (title) => `נבחר: ${title}`,
  source: 'מקור',
  place: 'מקום',
  linksHeading: 'אירועים קשורים',
  download: 'הורדה',
  imageKinds: {story: 'הסיפור כולו', social: 'כרטיס לרשתות חברתיות', newsletter: 'ניוזלטר', print: 'להדפסה (A4)'},
  showOnTimeline: 'הצגה בציר הזמן',
  share: 'שיתוף',
  copyLink: 'העתקת קישור',
  copied: 'הקישור הועתק',
  showMore: (count) => `הצגת ${count.text} נוספים`,
  quoteBy: (speaker) => `ציטוט של ${speaker}`,

  errorHeading: 'בציר הזמן הזה יש בעיות',
  errorNoEvents: 'אין אירועים להצגה.',
  errorHttp: (status) => `טעינת הנתונים נכשלה (HTTP ${status}).`,
  errorTimeout: 'השרת לא הגיב בזמן.',
  errorNotJson: 'תגובת השרת אינה JSON.',
  errorBadJson: (reason) => `הקובץ אינו JSON תקין: ${reason}`,
  errorTooLarge: (limit) => `הקובץ גדול מדי (יותר מ-${limit}).`,
  errorNetwork: 'שגיאת רשת: טעינת הנתונים נכשלה.',
  errorPart: 'חלק מציר הזמן לא נטען. בדקו את החיבור.',
  moreIssues: (count) => (count.plural === 'one' ? 'ועוד בעיה אחת' : `ועוד ${count.text} בעיות`),
  later: (duration) => `${duration} לאחר מכן`,
  updates: (added, changed, removed) =>
    [
      added && (added.plural === 'one' ? 'אירוע חדש אחד' : `${added.text} אירועים חדשים`),
      changed && `${changed.text} שונו`,
      removed && `${removed.text} הוסרו`,
    ]
      .filter(Boolean)
      .join(', ') || 'אין שינויים',
  showNew: (count) => `הצגת החדשים (${count.text})`,
  liveFailed: 'לא ניתן היה לבדוק עדכונים; ננסה שוב מאוחר יותר.',

  status: {
    happened: 'התרחש',
    planned: 'מתוכנן',
    expected: 'צפוי',
    cancelled: 'בוטל',
  },
  linkKind: {
    anniversary: 'יום שנה',
    invitation: 'הזמנה',
    deadline: 'מועד אחרון',
    follows: 'בא אחרי',
    precedes: 'בא לפני',
    mentions: 'מזכיר',
    context: 'הקשר',
  },
  linkKindInverse: {
    anniversary: 'יום שנה ל',
    invitation: 'ההזמנה ניתנה ב',
    deadline: 'מועד אחרון עבור',
    follows: 'בא לפני',
    precedes: 'בא אחרי',
    mentions: 'מוזכר ב',
    context: 'הקשר',
  },

  half: (n, y) => `המחצית ${ORDER_F[n - 1]} של ${y}`,
  quarter: (n, y) => `הרבעון ${ORDER[n - 1]} של ${y}`,
  quadrimester: (n, y) => `${['ינואר', 'מאי', 'ספטמבר'][n - 1]}–${['אפריל', 'אוגוסט', 'דצמבר'][n - 1]} ${y}`,
  season: (season, y) => `${{spring: 'אביב', summer: 'קיץ', autumn: 'סתיו', winter: 'חורף'}[season]} ${y}`,
  decade: (y) => `שנות ה־${y}`,
  century: (n) => `המאה ה־${n}`,
  approximate: (text) => `בסביבות ${text}`,
  uncertain: (text) => `${text} (לא מאושר)`,
  approximateUncertain: (text) => `בסביבות ${text} (לא מאושר)`,
  openStart: (end) => `עד ${end}`,
  openEnd: (start) => `מ־${start} ואילך`,
  unknownStart: (end) => `? – ${end}`,
  unknownEnd: (start) => `${start} – ?`,
  range: (start, end) => `${start} – ${end}`,
  intlRanges: true,

  ordinal: (n) => `ה־${n}`,
  anniversaryOf: (ord, title) => `יום השנה ${ord}: ${title}`,
};
