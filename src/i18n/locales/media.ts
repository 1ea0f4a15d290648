// The media part's phrases in each language of the library (see media-strings.ts): loaded with
// the media part, never with the first frame. A new language adds its entry here too.
import type {MediaStrings} from '../media-strings.js';

export const MEDIA_STRINGS: Record<string, MediaStrings> = {
  en: {
    play: (kind, provider) => `Play the ${kind === 'video' ? 'video' : 'recording'}${provider ? ` from ${provider}` : ''}`,
    open: (provider) => (provider ? `Open on ${provider}` : 'Open the original'),
    notice: (provider) => `Nothing is loaded from ${provider} until you play it.`,
  },
  ru: {
    play: (kind, provider) => `Воспроизвести ${kind === 'video' ? 'видео' : 'запись'}${provider ? ` (${provider})` : ''}`,
    open: (provider) => (provider ? `Открыть на ${provider}` : 'Открыть оригинал'),
    notice: (provider) => `${provider} ничего не получит, пока вы не нажмёте «Воспроизвести».`,
  },
  zh: {
    play: (kind, provider) => `播放${kind === 'video' ? '视频' : '音频'}${provider ? `（${provider}）` : ''}`,
    open: (provider) => (provider ? `在${provider}上打开` : '打开原始文件'),
    notice: (provider) => `在您点击播放之前，不会从${provider}加载任何内容。`,
  },
  ar: {
    play: (kind, provider) => `تشغيل ${kind === 'video' ? 'الفيديو' : 'التسجيل'}${provider ? ` من ${provider}` : ''}`,
    open: (provider) => (provider ? `فتح على ${provider}` : 'فتح الأصل'),
    notice: (provider) => `لا يُحمَّل شيء من ${provider} قبل أن تختار التشغيل.`,
  },
  he: {
    play: (kind, provider) => `הפעלת ${kind === 'video' ? 'הסרטון' : 'ההקלטה'}${provider ? ` מ־${provider}` : ''}`,
    open: (provider) => (provider ? `פתיחה ב־${provider}` : 'פתיחת המקור'),
    notice: (provider) => `שום דבר לא נטען מ־${provider} עד שתבחרו להפעיל.`,
  },
};
