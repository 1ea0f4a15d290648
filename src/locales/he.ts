// event-timeline/locales/he.js: adds the Hebrew strings of the elements (importing it is enough).
import {registerStrings} from '../i18n/string-registry.js';
import {he} from '../i18n/locales/he.js';

registerStrings('he', he);
