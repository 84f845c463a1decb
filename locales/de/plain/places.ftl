districts-intro = Wählen Sie Ihren Stadtteil. Dann sehen Sie, wer dort hilft.
district-responsible = Welches Amt hilft bei welchem Thema?
