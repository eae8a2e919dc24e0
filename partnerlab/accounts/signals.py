from django.dispatch import Signal

# Sent inside the acceptance transaction with `invitation` and `user`, so higher domains
# (actors links people to organisations) can finish the job without accounts knowing them.
invitation_accepted = Signal()
