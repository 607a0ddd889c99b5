def start = new GroovyShell(this.class.classLoader).evaluate(new File(basedir, '../../../src/it/shared/MockGitGuardian.groovy'))
start(basedir, ['/exposed/v1/sources': [200, '[]']])
return true
