"""A rubric as a spreadsheet and back: "Download als rekenblad" and "Rekenblad opladen".

``writer`` fills an XLSX from the rubric's sheet (``surveys.sheets``): one worksheet per
theme, one row per question, a table as its grid, only the answer cells unlocked. A hidden
worksheet carries the municipality, werkjaar, rubric and the layout, signed with the
site's secret key (``layout``). ``reader`` checks an uploaded file before openpyxl opens
it (size, zip members), verifies the signature and reads every answer cell through the
question's own form field, exactly as the step reads what is typed. Nothing is written
there: the view keeps the preview and saves it through ``surveys.services.answers_save``
when the person confirms.
"""
