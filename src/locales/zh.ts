// event-timeline/locales/zh.js: adds the Simplified Chinese strings of the elements (importing it is enough).
import {registerStrings} from '../i18n/string-registry.js';
import {zh} from '../i18n/locales/zh.js';

registerStrings('zh', zh);
