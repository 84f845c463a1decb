statistics-intro = Hier sehen Sie Zahlen: Wie viele Anliegen kamen an? Was ist aus ihnen geworden? Wie schnell antworten die Ämter?
statistics-summary = { $received } Anliegen kamen an. { $done } sind fertig. Meist kam die erste Antwort nach { $median }.
statistics-median-done = So lange dauert es meistens, bis alles fertig ist
statistics-per-thousand = Für je 1.000 Menschen
statistics-on-time = Antwort kam pünktlich
statistics-merged = Mit einem gleichen Anliegen verbunden
statistics-forwarded = An ein anderes Amt gegeben
statistics-handed-back = Zurück an die Moderation
statistics-download = Tabelle laden (CSV)

statistics-participation-link = Wer macht mit? Zahlen nach Ortsteil und sozialer Lage
monitor-intro = Hier steht, wie viele Menschen mitgemacht haben. Wir zählen für jeden Ortsteil. Wir zählen auch für Gruppen von Ortsteilen mit ähnlicher sozialer Lage. Wir rechnen auf 1.000 Einwohner. So sehen alle: Machen in armen Ortsteilen genauso viele mit?
monitor-equity = Am wenigsten machen Menschen aus der Gruppe „{ $lowest }“ mit: { $lowest_rate } von 1.000. Am meisten aus der Gruppe „{ $highest }“: { $highest_rate } von 1.000. Die Zahl für den Vergleich ist { $ratio }. Bei 1 machen alle gleich oft mit.
monitor-by-class = Nach sozialer Lage
monitor-method-who = Mitgemacht hat, wer eines davon getan hat: ein Anliegen gemeldet. Ein Anliegen unterstützt. Eine Umfrage beantwortet und den Ortsteil genannt. In einem Forum Mitglied geworden.
monitor-method-once = Jeder Mensch zählt nur einmal, auch wenn er oft mitmacht. Manche machen online und im Gespräch mit. Sie stehen bei beiden Wegen. In der Summe zählen sie einmal.
