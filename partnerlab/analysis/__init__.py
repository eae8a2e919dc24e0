"""Pure analysis (embeddings, clustering, tagging, typology, matching, search).

No Django imports here: functions take and return plain Python and numpy data.
"""
