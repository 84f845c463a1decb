text-untranslated = This text is in { $language }. It is not in your language yet.
text-translated = This is a translation. The text was first in { $language }.
text-machine-translated = A computer made this translation. It can have mistakes. The text was first in { $language }.
