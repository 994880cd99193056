var tinyMCEImageList = new Array(
["storiesef/5/images/geo.php.gif", "storiesef/5/images/geo.php.gif"]);

