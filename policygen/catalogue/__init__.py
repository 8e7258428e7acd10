"""Built-in vocabularies: the ids that answers files name and the plain words the policy uses for them.

Answers refer to catalogue entries by id (``contact_details``, ``provide_service``, ``stripe``...), so one fact is
worded the same way everywhere in the policy. The words are the library's English, said in the language of the policy
being written where they are read (``label``, ``description``, ``examples``...; policygen.catalogue.messages lists
them for the translators).
Nothing in this package imports pydantic or Textual.
"""
