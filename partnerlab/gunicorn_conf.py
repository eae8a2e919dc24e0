"""gunicorn's settings for `partnerlab serve` (which passes the address, processes and threads).

Each worker process imports `partnerlab.wsgi`, which warms the apps up in the background.
"""

wsgi_app = "partnerlab.wsgi:application"
# Threads in each process: a request waiting on the database lets another one run.
worker_class = "gthread"
# A proposal PDF or a large import can take several seconds; a stuck worker is replaced.
timeout = 120
graceful_timeout = 30
# Keep idle connections open longer than a reverse proxy or a reading person waits: with
# gunicorn's 2 seconds, a client reusing a connection just as it closes gets "connection reset".
keepalive = 75
# Replace each process now and then, so that slow memory growth never builds up.
max_requests = 5000
max_requests_jitter = 500
# gunicorn 27 opens a control socket in the home directory by default: one per machine, so two
# servers on one machine would share it. We do not use it.
control_socket_disable = True
accesslog = "-"
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms'
