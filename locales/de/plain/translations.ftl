text-untranslated = Dieser Text ist auf { $language }. Es gibt ihn noch nicht in Ihrer Sprache.
text-translated = Das ist eine Übersetzung. Der Text war zuerst auf { $language }.
text-machine-translated = Ein Computer hat das übersetzt. Es kann Fehler haben. Der Text war zuerst auf { $language }.
