// What a media URL points at, and what (if anything) may be loaded for it once the reader asks:
// pictures are shown, files of sound and video play in the browser's own player, the video and
// audio services known here play in a sandboxed frame, posts and other pages are a link out.
// Pure: it reads the URL and returns plain data, it fetches nothing. Not part of parsing (the
// first frame): the media part and the TimelineJS reader use it.
/** What a media URL points at. */
export type MediaKind = 'image' | 'video' | 'audio' | 'post' | 'page';

export interface MediaTarget {
  kind: MediaKind;
  /** The service, as readers know it ("YouTube"); absent for files and unknown pages. */
  provider?: string;
  /**
   * What is loaded when the reader asks: a frame's address on the service's own player (YouTube's
   * no-cookie domain), or the file itself for `<audio>`/`<video>`. Absent for images, posts and pages.
   */
  embed?: string;
  /** For a picture: the address of the picture itself (a Wikimedia Commons file page gives its file). */
  src?: string;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const VIDEO_FILE = /\.(?:mp4|webm|mov|m4v|ogv)$/i;
const AUDIO_FILE = /\.(?:mp3|m4a|ogg|oga|wav|flac|aac|opus)$/i;
const YOUTUBE_ID = /^[A-Za-z0-9_-]{6,20}$/;

/** Hosts of social posts (after `www.` and `m.`): linked out, never embedded (their embeds run the service's scripts). */
const POSTS: Record<string, string> = {
  'twitter.com': 'X',
  'x.com': 'X',
  'bsky.app': 'Bluesky',
  'instagram.com': 'Instagram',
  'tiktok.com': 'TikTok',
  'facebook.com': 'Facebook',
  'mastodon.social': 'Mastodon',
};

/** "5m21s", "321", "1h2m" → seconds, for YouTube's `start`. */
function seconds(text: string | null): number | undefined {
  if (!text) return undefined;
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(text);
  if (!m) return undefined;
  const total = Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
  return total > 0 ? total : undefined;
}

function youtube(url: URL, host: string): MediaTarget | undefined {
  let id: string | undefined;
  if (host === 'youtu.be') id = url.pathname.slice(1);
  else if (/(^|\.)youtube(-nocookie)?\.com$/.test(host)) {
    const path = /^\/(?:embed|shorts|live|v)\/([^/]+)/.exec(url.pathname);
    id = path ? path[1] : url.pathname === '/watch' ? (url.searchParams.get('v') ?? undefined) : undefined;
  } else return undefined;
  if (!id || !YOUTUBE_ID.test(id)) return {kind: 'video', provider: 'YouTube'};
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return {kind: 'video', provider: 'YouTube', embed: `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`};
}

/** The kind, provider and embed address of an http(s) URL (already checked by safeHttpUrl). */
export function mediaTarget(href: string): MediaTarget {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return {kind: 'page'};
  }
  const host = url.hostname.toLowerCase().replace(/^(www|m)\./, '');
  const path = url.pathname;
  const tube = youtube(url, host);
  if (tube) return tube;
  if (host === 'vimeo.com' || host === 'player.vimeo.com') {
    const id = /^\/(?:video\/)?(\d{1,12})(?:\/|$)/.exec(path)?.[1];
    // dnt=1: Vimeo's player sets no tracking cookie and sends no analytics.
    return {kind: 'video', provider: 'Vimeo', ...(id ? {embed: `https://player.vimeo.com/video/${id}?dnt=1`} : {})};
  }
  if (host === 'soundcloud.com' && /^\/[^/]+\/[^/]+/.test(path)) {
    const track = `https://soundcloud.com${path}`;
    return {kind: 'audio', provider: 'SoundCloud', embed: `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}`};
  }
  // SoundCloud's own player (embed code's iframe): the track or playlist it plays, by its id, in a clean player.
  const played = host === 'w.soundcloud.com' && path === '/player/' ? url.searchParams.get('url') : null;
  const id = played && /^https?:\/\/api\.soundcloud\.com\/(tracks|playlists)\/(\d{1,20})$/.exec(played);
  if (id) {
    const track = `https://api.soundcloud.com/${id[1]}/${id[2]}`;
    return {kind: 'audio', provider: 'SoundCloud', embed: `https://w.soundcloud.com/player/?url=${encodeURIComponent(track)}`};
  }
  if (host === 'dailymotion.com') {
    const id = /^\/video\/([A-Za-z0-9]+)/.exec(path)?.[1];
    return {kind: 'video', provider: 'Dailymotion', ...(id ? {embed: `https://www.dailymotion.com/embed/video/${id}`} : {})};
  }
  if (host === 'open.spotify.com' || host === 'play.spotify.com') {
    const m = /^\/(?:user\/[^/]+\/)?(track|album|artist|playlist|episode|show)\/([A-Za-z0-9]{8,40})/.exec(path);
    return {kind: 'audio', provider: 'Spotify', ...(m ? {embed: `https://open.spotify.com/embed/${m[1]}/${m[2]}`} : {})};
  }
  // A Commons (or Wikipedia) file page: its file, through the wiki's own redirect, at a card's width.
  const file = /(^|\.)(wikimedia|wikipedia)\.org$/.test(host) && /^\/wiki\/File:([^/]+)$/.exec(path);
  if (file && IMAGE.test(file[1]!)) {
    return {kind: 'image', src: `https://commons.wikimedia.org/wiki/Special:FilePath/${file[1]}?width=640`};
  }
  const post = Object.hasOwn(POSTS, host) ? POSTS[host] : undefined;
  if (post) return {kind: 'post', provider: post};
  if (IMAGE.test(path)) return {kind: 'image', src: url.href};
  if (VIDEO_FILE.test(path)) return {kind: 'video', embed: url.href};
  if (AUDIO_FILE.test(path)) return {kind: 'audio', embed: url.href};
  return {kind: 'page'};
}
