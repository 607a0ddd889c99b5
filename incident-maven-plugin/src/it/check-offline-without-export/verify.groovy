def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline (-o) and incident.export is not set: GitGuardian incidents cannot be checked')
assert log.contains('MojoExecutionException') : 'offline without export must be an execution error'
assert !new File(basedir, 'target/incident/incidents.json').exists()
return true
