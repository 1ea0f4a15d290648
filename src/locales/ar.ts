// event-timeline/locales/ar.js: adds the Arabic strings of the elements (importing it is enough).
import {registerStrings} from '../i18n/string-registry.js';
import {ar} from '../i18n/locales/ar.js';

registerStrings('ar', ar);
