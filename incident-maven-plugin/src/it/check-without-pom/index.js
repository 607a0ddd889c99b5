console.log('A JavaScript product: its CI runs the plugin without a pom.');
