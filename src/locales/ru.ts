// event-timeline/locales/ru.js: adds the Russian strings of the elements (importing it is enough).
import {registerStrings} from '../i18n/string-registry.js';
import {ru} from '../i18n/locales/ru.js';

registerStrings('ru', ru);
