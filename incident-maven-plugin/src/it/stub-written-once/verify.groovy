def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'incidents')
def files = dir.list().sort()
assert files == ['2026-08-12-gg-910004-slack-webhook-url.md', '2026-09-30-gg-910003-generic-high-entropy-secret.md',
                 '2026-10-21-gg-910002-sendgrid-key.md', '2026-11-03-gg-910001-postgresql-credentials.md']
assert new File(dir, '2026-10-21-gg-910002-sendgrid-key.md').text == 'Started by hand: do not overwrite\n'
def report = new File(dir, '2026-11-03-gg-910001-postgresql-credentials.md').text
assert report.contains('Incident PostgreSQL Credentials sur incubateur-demo/demo-startup (GitGuardian #910001)') : 'fr template, first run'
assert report.contains('config/settings/production.py | 42')
assert !report.contains('dev@demo-startup.example') : 'no author email in a report'
// first run: 3 written, 1 existing; second run (template en): nothing written, 4 existing
assert (log =~ /Written: .*incidents.2026-11-03-gg-910001-postgresql-credentials.md/).count == 1
assert (log =~ /Already exists, not touched: .*2026-10-21-gg-910002-sendgrid-key.md/).count == 2
assert (log =~ /Already exists, not touched: .*2026-11-03-gg-910001-postgresql-credentials.md/).count == 1
assert log.contains('3 report(s) written, 1 already existed')
assert log.contains('0 report(s) written, 4 already existed')
return true
