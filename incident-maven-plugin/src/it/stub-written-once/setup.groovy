// A report someone already started: must survive both runs untouched.
def dir = new File(basedir, 'incidents')
dir.mkdirs()
new File(dir, '2026-10-21-gg-910002-sendgrid-key.md').text = 'Started by hand: do not overwrite\n'
return true
