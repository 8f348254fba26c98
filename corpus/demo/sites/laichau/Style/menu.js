function showMenu(id){var m=document.getElementById(id);if(m){m.style.display=m.style.display=='none'?'':'none';}}
